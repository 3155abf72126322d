package vn.chibo.localapi;

/** Routes a Bot API method name to {@link LocalTelegram}; names are case-insensitive, as Telegram's are. */
final class BotApiMethods {

    private final LocalTelegram telegram;

    BotApiMethods(LocalTelegram telegram) {
        this.telegram = telegram;
    }

    Object call(String method, Params p) throws InterruptedException {
        return switch (method) {
            case "getme" -> telegram.getMe();
            case "getupdates" ->
                telegram.updates.getUpdates(
                        p.string("offset") == null ? null : p.requiredLong("offset"),
                        p.integer("limit") == null ? 100 : p.integer("limit"),
                        p.integer("timeout") == null ? 0 : Math.min(50, p.integer("timeout")));
            case "sendmessage" ->
                telegram.bot.sendMessage(p.requiredLong("chat_id"), p.string("text"), p.structured("reply_markup"));
            case "senddocument" ->
                telegram.bot.sendFile(
                        p.requiredLong("chat_id"),
                        p.file("document", telegram::file),
                        p.string("caption"),
                        p.structured("reply_markup"),
                        false);
            case "sendphoto" ->
                telegram.bot.sendFile(
                        p.requiredLong("chat_id"),
                        p.file("photo", telegram::file),
                        p.string("caption"),
                        p.structured("reply_markup"),
                        true);
            case "editmessagetext" ->
                telegram.bot.editMessage(
                        p.requiredLong("chat_id"), messageId(p), p.string("text"), p.structured("reply_markup"), false);
            case "editmessagereplymarkup" ->
                telegram.bot.editMessage(
                        p.requiredLong("chat_id"), messageId(p), null, p.structured("reply_markup"), true);
            case "deletemessage" -> telegram.bot.deleteMessage(p.requiredLong("chat_id"), messageId(p));
            case "deletemessages" -> telegram.bot.deleteMessages(p.requiredLong("chat_id"), messageIds(p));
            case "answercallbackquery" ->
                telegram.bot.answerCallbackQuery(p.string("callback_query_id"), p.string("text"), p.flag("show_alert"));
            case "setmycommands" -> telegram.commands.set(p.structured("commands"), p.structured("scope"));
            case "getmycommands" -> telegram.commands.commands();
            case "setwebhook" -> telegram.updates.setWebhook(p.string("url"), p.string("secret_token"));
            case "deletewebhook" -> telegram.updates.deleteWebhook(p.flag("drop_pending_updates"));
            case "getwebhookinfo" -> telegram.updates.getWebhookInfo();
            case "getfile" -> telegram.files.getFile(p.string("file_id"));
            default -> throw new ApiError(404, "Not Found");
        };
    }

    private static java.util.List<Integer> messageIds(Params p) {
        if (!(p.structured("message_ids") instanceof java.util.List<?> list) || list.isEmpty()) {
            throw ApiError.badRequest("message_ids is empty");
        }
        if (list.size() > 100) {
            throw ApiError.badRequest("too many messages to delete");
        }
        try {
            return list.stream().map(id -> Integer.valueOf(id.toString())).toList();
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid message_ids");
        }
    }

    private static int messageId(Params p) {
        Integer id = p.integer("message_id");
        if (id == null) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        return id;
    }
}
