package org.parley.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/** The {@code SERVICE} calls anywhere in an algebra expression. */
final class ServiceCalls {

    private ServiceCalls() {}

    static List<OpService> in(Op op) {
        List<OpService> found = new ArrayList<>();
        OpVisitorBase collector = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found.add(service);
            }
        };
        // With an expression visitor the walk also enters the patterns of FILTER EXISTS and NOT EXISTS.
        Walker.walk(op, collector, new ExprVisitorBase());
        return found;
    }
}
