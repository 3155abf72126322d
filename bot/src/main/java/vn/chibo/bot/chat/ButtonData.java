package vn.chibo.bot.chat;

import java.util.Arrays;
import java.util.List;
import vn.chibo.scheduler.delivery.CallbackData;

/**
 * A pressed button's data as the router reads it: the prefix naming the feature, then the feature's own fields, all
 * joined by ':' as {@link CallbackData#of} writes them.
 */
public record ButtonData(String prefix, List<String> fields, String raw) {

    public static ButtonData parse(String raw) {
        String data = raw == null ? "" : raw;
        List<String> parts = Arrays.asList(data.split(":", -1));
        return new ButtonData(parts.get(0), List.copyOf(parts.subList(1, parts.size())), data);
    }

    /** The {@code index}-th field after the prefix, or "" when there is none. */
    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /** The fields from the {@code index}-th on, joined again by ':' (a feature's action may hold ':' itself). */
    public String from(int index) {
        return index < fields.size() ? String.join(":", fields.subList(index, fields.size())) : "";
    }

    public int size() {
        return fields.size();
    }
}
