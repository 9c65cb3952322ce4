package org.parley.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One negotiation act read from an article.
 *
 * @param type         what kind of act
 * @param agents       who performs it (for a meeting: its participants)
 * @param addressees   to or against whom it is directed
 * @param quote        the quoted words when the act is a quotation, else null
 * @param date         when it happened or is planned, or null when the text does not fix it
 * @param evidence     the sentence(s) it was read from, verbatim
 * @param begin        character offset in the article where the act's words start; with the type it names the act
 * @param cameoCode    the most specific CAMEO code its pattern justifies
 * @param label        a short readable description
 */
public record Act(ActType type, List<EntityKey> agents, List<EntityKey> addressees, String quote, LocalDate date,
                  String evidence, int begin, String cameoCode, String label) {

    public Act {
        agents = List.copyOf(agents);
        addressees = List.copyOf(addressees);
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("an act needs an agent");
        }
    }
}
