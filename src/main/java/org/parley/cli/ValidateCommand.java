package org.parley.cli;

import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.parley.rdf.ShapeValidator;
import org.parley.rdf.ValidationResult;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store against the SHACL shapes of the ontology (ontology/shapes.ttl).",
                "Exit code 0 when it conforms; otherwise prints each violation and exits 1."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ArticleStore store = ArticleStore.open(QueryCommand.existing(storeOption.store))) {
            ShapeValidator validator = new ShapeValidator();
            // The union graph includes the ontology graph, so sh:class sees rdfs:subClassOf.
            ValidationResult result = Txn.calculateRead(store.dataset(),
                    () -> validator.validate(store.dataset().getUnionModel().getGraph()));
            var out = spec.commandLine().getOut();
            if (result.conforms()) {
                out.println("validate: the store conforms to the shapes");
                out.flush();
                return 0;
            }
            out.println(result.toText());
            out.flush();
            spec.commandLine().getErr().println("validate: " + result.violations().size() + " violations");
            return 1;
        }
    }
}
