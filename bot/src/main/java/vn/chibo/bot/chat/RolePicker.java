package vn.chibo.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /vaitro: someone holding several roles picks which one they act in. A one-step conversation: its
 * buttons carry the conversation's version ({@code r:<version>:<assignment id>}), so a second press, or
 * a press on an older picker, changes nothing.
 */
@Component
class RolePicker {

    static final String FLOW = "role";
    static final String PREFIX = "r";
    static final String OPEN = "r:open";

    private static final Logger log = LoggerFactory.getLogger(RolePicker.class);

    private final Texts texts;
    private final RoleAssignments roles;
    private final RoleLabels labels;
    private final Conversations conversations;

    RolePicker(Texts texts, RoleAssignments roles, RoleLabels labels, Conversations conversations) {
        this.texts = texts;
        this.roles = roles;
        this.labels = labels;
        this.conversations = conversations;
    }

    private static long parseId(String choice) {
        try {
            return Long.parseLong(choice);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Shows the picker: as a new message for /vaitro, in place of the menu for the menu button. */
    List<Outgoing> open(Incoming in) {
        List<RoleAssignment> held = roles.heldBy(in.userId());
        if (held.size() < 2) {
            String text = held.isEmpty() ? texts.t("role.none") : texts.t("role.only_one", labels.of(held.get(0)));
            return in.kind() == Incoming.Kind.CALLBACK
                    ? Reply.editAndAnswer(in, text, List.of(), null)
                    : Reply.text(in, text);
        }
        Conversation picking = conversations.begin(in.chatId(), in.userId(), FLOW, "PICK", "");
        long acting = roles.actingRole(in.userId()).map(RoleAssignment::id).orElse(-1L);
        List<List<Button>> rows = new ArrayList<>();
        for (RoleAssignment role : held) {
            String label = (role.id() == acting ? "✓ " : "") + labels.shortOf(role);
            rows.add(List.of(Button.callback(label, CallbackData.of(PREFIX, picking.version(), role.id()))));
        }
        rows.add(List.of(Button.callback(texts.t("button.cancel"), CallbackData.of(PREFIX, picking.version(), "x"))));
        String text = texts.t("role.pick");
        return in.kind() == Incoming.Kind.CALLBACK
                ? Reply.editAndAnswer(in, text, rows, null)
                : Reply.text(in, text, rows);
    }

    /** A press on {@code r:open} (from the menu) or {@code r:<version>:<choice>}. */
    List<Outgoing> press(Incoming in, ButtonData data) {
        if (data.raw().equals(OPEN)) {
            return open(in);
        }
        if (data.size() != 2) {
            return Reply.answer(in, texts.t("button.stale"), false);
        }
        return choose(in, data.field(0), data.field(1));
    }

    private List<Outgoing> choose(Incoming in, String version, String choice) {
        Optional<Conversation> current = conversations
                .find(in.chatId())
                .filter(c ->
                        c.flow().equals(FLOW) && Integer.toString(c.version()).equals(version));
        if (current.isEmpty()) {
            return Reply.answer(in, texts.t("button.stale"), false);
        }
        if (choice.equals("x")) {
            conversations.end(in.chatId());
            return Reply.editAndAnswer(in, texts.t("role.pick_cancelled"), List.of(), null);
        }
        long assignmentId = parseId(choice);
        if (!roles.holds(in.userId(), assignmentId)) {
            log.warn("User {} pressed a role button that is not theirs: {}", in.userId(), in.callbackData());
            return Reply.answer(in, texts.t("access.denied"), true);
        }
        RoleAssignment chosen = roles.actIn(in.userId(), assignmentId);
        conversations.end(in.chatId());
        return Reply.editAndAnswer(
                in, texts.t("role.now_acting", labels.of(chosen)), List.of(), texts.t("role.switched"));
    }
}
