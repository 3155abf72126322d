package vn.chibo.content.access;

/** A freshly issued invitation: {@code code} is shown once, to be sent as a deep link; only its hash is stored. */
public record Invitation(String code, RoleAssignment role) {}
