package vn.chibo.bot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chibo.bot.text.Texts;

/** Registers the command menu (the "/" list in Telegram) with Vietnamese descriptions, retrying in the background. */
@Component
public class BotCommandMenu {

    public static final List<String> COMMANDS = List.of(
            "start",
            "help",
            "hoi",
            "tinhhinh",
            "chuahop",
            "quahan",
            "baocao",
            "sinhhoat",
            "lichsu",
            "khenthuong",
            "khenthuong_ds",
            "huyhieu",
            "lichhop",
            "thongbao",
            "dangphi",
            "cuochop",
            "hoso",
            "hanbaocao",
            "kehoach",
            "dangvien",
            "vaitro",
            "tochuc",
            "moi",
            "moidangvien",
            "biendong",
            "nhatky",
            "caidat",
            "huy");

    /** The commands the bot hears in a group (privacy mode), shown there instead. */
    public static final List<String> GROUP_COMMANDS = List.of("lienketnhom", "huylienket");

    private static final Logger log = LoggerFactory.getLogger(BotCommandMenu.class);

    private final TelegramClient client;
    private final Texts texts;

    BotCommandMenu(TelegramClient sendingClient, Texts texts) {
        this.client = sendingClient;
        this.texts = texts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        Thread registrar = new Thread(this::registerWithRetries, "chibo-commands");
        registrar.setDaemon(true);
        registrar.start();
    }

    private void registerWithRetries() {
        List<BotCommand> commands = COMMANDS.stream()
                .map(c -> new BotCommand(c, texts.t("command." + c + ".description")))
                .toList();
        for (int attempt = 1; attempt <= 6; attempt++) {
            try {
                client.execute(SetMyCommands.builder().commands(commands).build());
                client.execute(SetMyCommands.builder()
                        .commands(GROUP_COMMANDS.stream()
                                .map(c -> new BotCommand(c, texts.t("command." + c + ".description")))
                                .toList())
                        .scope(new BotCommandScopeAllGroupChats())
                        .build());
                return;
            } catch (TelegramApiException e) {
                log.warn(
                        "Could not register the command menu (attempt {}): {}",
                        attempt,
                        e.getClass().getSimpleName());
                try {
                    Thread.sleep(2_000L << attempt);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
