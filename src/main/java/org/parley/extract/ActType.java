package org.parley.extract;

/** The kinds of negotiation acts of the ontology, each with its CAMEO root code. */
public enum ActType {
    STATEMENT("010"),
    PROPOSAL("030"),
    DEMAND("100"),
    ACCEPTANCE("080"),
    REJECTION("120"),
    MEETING("040"),
    ACCUSATION("112"),
    THREAT("130");

    private final String cameoRootCode;

    ActType(String cameoRootCode) {
        this.cameoRootCode = cameoRootCode;
    }

    public String cameoRootCode() {
        return cameoRootCode;
    }

    /** The ontology's class name: "Statement", "Proposal", ... */
    public String className() {
        String lower = name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
