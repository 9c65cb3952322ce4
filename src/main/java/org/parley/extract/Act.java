package org.parley.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One negotiation act read from an article.
 *
 * @param type         what kind of act
 * @param agents       who performs it (for a meeting: who initiates it, when the text says)
 * @param participants every party to a meeting, call or talks (empty for other acts)
 * @param addressees   to or against whom it is directed
 * @param topics       the issues it is about
 * @param quote        the quoted words when the act is a quotation, else null
 * @param when         when it happened or is planned (a day, or a week, month or year), or null when the text does
 *                     not say
 * @param location     where it happens, or null
 * @param status       "planned" or "held" for a meeting, else null
 * @param condition    the condition attached to a demand or conditional acceptance, else null
 * @param respondsTo   the proposal or demand an acceptance or rejection answers, else null
 * @param evidence     the sentence(s) it was read from, verbatim
 * @param begin        character offset in the article of the word that expresses the act; with the type it names the act
 * @param cameoCode    the most specific CAMEO code its pattern justifies
 * @param label        a short readable description
 * @param laterEvidence the sentences that mention the act again later in the article ("the talks", "the Stockholm
 *                     talks" once more), verbatim, in order
 */
public record Act(ActType type, List<EntityKey> agents, List<EntityKey> participants, List<EntityKey> addressees,
                  List<Issue> topics, String quote, When when, EntityKey location, String status,
                  String condition, ActRef respondsTo, String evidence, int begin, String cameoCode, String label,
                  List<String> laterEvidence) {

    public Act {
        agents = List.copyOf(agents);
        participants = List.copyOf(participants);
        addressees = List.copyOf(addressees);
        topics = List.copyOf(topics);
        laterEvidence = List.copyOf(laterEvidence);
        if (agents.isEmpty() && participants.isEmpty()) {
            throw new IllegalArgumentException("an act needs an agent or a participant");
        }
    }

    /** An act as first read from its sentence, mentioned nowhere else yet. */
    public Act(ActType type, List<EntityKey> agents, List<EntityKey> participants, List<EntityKey> addressees,
               List<Issue> topics, String quote, When when, EntityKey location, String status,
               String condition, ActRef respondsTo, String evidence, int begin, String cameoCode, String label) {
        this(type, agents, participants, addressees, topics, quote, when, location, status, condition, respondsTo,
                evidence, begin, cameoCode, label, List.of());
    }

    /** The day it happened or is planned, or null when the text does not fix the day. */
    public LocalDate date() {
        return when != null && when.isDay() ? when.first() : null;
    }

    public Act withQuote(String newQuote) {
        return new Act(type, agents, participants, addressees, topics, newQuote, when, location, status, condition,
                respondsTo, evidence, begin, cameoCode, label, laterEvidence);
    }

    public Act withWhen(When newWhen) {
        return new Act(type, agents, participants, addressees, topics, quote, newWhen, location, status, condition,
                respondsTo, evidence, begin, cameoCode, label, laterEvidence);
    }

    public Act withAddressees(List<EntityKey> newAddressees) {
        return new Act(type, agents, participants, newAddressees, topics, quote, when, location, status, condition,
                respondsTo, evidence, begin, cameoCode, label, laterEvidence);
    }

    public Act withParticipants(List<EntityKey> newParticipants) {
        return new Act(type, agents, newParticipants, addressees, topics, quote, when, location, status, condition,
                respondsTo, evidence, begin, cameoCode, label, laterEvidence);
    }

    public Act withRespondsTo(ActRef answered) {
        return new Act(type, agents, participants, addressees, topics, quote, when, location, status, condition,
                answered, evidence, begin, cameoCode, label, laterEvidence);
    }

    /** The act with one more sentence that mentions it again; a sentence already recorded is not added twice. */
    public Act mentionedAgainIn(String sentence) {
        if (sentence.equals(evidence) || laterEvidence.contains(sentence)) {
            return this;
        }
        List<String> later = new java.util.ArrayList<>(laterEvidence);
        later.add(sentence);
        return new Act(type, agents, participants, addressees, topics, quote, when, location, status, condition,
                respondsTo, evidence, begin, cameoCode, label, later);
    }

    /** How other acts of the same article refer to this one. */
    public ActRef ref() {
        return new ActRef(type, begin);
    }

    /** A reference to an act of the same article: its type and the offset of its word. */
    public record ActRef(ActType type, int begin) {
    }
}
