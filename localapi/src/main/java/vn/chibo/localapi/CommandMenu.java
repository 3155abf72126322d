package vn.chibo.localapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bot's command menus, one per scope ("default", "all_group_chats", ...), checked as Telegram checks them: 1–32
 * lower-case letters, digits or _, a description.
 */
final class CommandMenu {

    private final Map<String, List<Map<String, Object>>> byScope = new java.util.concurrent.ConcurrentHashMap<>();

    List<Map<String, Object>> commands() {
        return commands("default");
    }

    List<Map<String, Object>> commands(String scope) {
        return byScope.getOrDefault(scope, List.of());
    }

    /** {@code scope}: the BotCommandScope object, or null for the default scope. */
    Object set(Object requested, Object scope) {
        String type = scope instanceof Map<?, ?> map && map.get("type") instanceof String t ? t : "default";
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
        byScope.put(type, List.copyOf(accepted));
        return Boolean.TRUE;
    }
}
