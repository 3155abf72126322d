package vn.chibo.content.commendation;

import vn.chibo.content.access.Scope;

/**
 * Which commendations to list, count or export: always within {@code scope}; each other field narrows it
 * when set. {@code recipient} matches any part of the recipient's name, with or without diacritics.
 */
public record CommendationFilter(Scope scope, Integer year, AwardForm form, String issuer, String recipient) {

    public static CommendationFilter within(Scope scope) {
        return new CommendationFilter(scope, null, null, null, null);
    }

    public CommendationFilter withYear(Integer value) {
        return new CommendationFilter(scope, value, form, issuer, recipient);
    }

    public CommendationFilter withForm(AwardForm value) {
        return new CommendationFilter(scope, year, value, issuer, recipient);
    }

    public CommendationFilter withIssuer(String value) {
        return new CommendationFilter(scope, year, form, value, recipient);
    }

    public CommendationFilter withRecipient(String value) {
        return new CommendationFilter(scope, year, form, issuer, value);
    }
}
