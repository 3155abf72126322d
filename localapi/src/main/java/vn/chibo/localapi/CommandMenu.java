package vn.chibo.localapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bot's command menu, checked as Telegram checks it: 1–32 lower-case letters, digits or _, a description. */
final class CommandMenu {

    private volatile List<Map<String, Object>> commands = List.of();

    List<Map<String, Object>> commands() {
        return commands;
    }

    Object set(Object requested) {
        if (!(requested instanceof List<?> list)) {
            throw ApiError.badRequest("commands is empty");
        }
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)
                    || !(map.get("command") instanceof String command)
                    || !command.matches("[a-z0-9_]{1,32}")
                    || !(map.get("description") instanceof String description)
                    || description.isEmpty()
                    || description.length() > 256) {
                throw ApiError.badRequest("BOT_COMMAND_INVALID");
            }
            accepted.add(Map.of("command", command, "description", description));
        }
        commands = List.copyOf(accepted);
        return Boolean.TRUE;
    }
}
