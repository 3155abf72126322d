package vn.chibo.bot.chat;

import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.RoleAssignment;

/** How a role reads in Vietnamese: "Bí thư Chi bộ Phòng Hành chính". */
@Component
class RoleLabels {

    private final Texts texts;

    RoleLabels(Texts texts) {
        this.texts = texts;
    }

    String of(RoleAssignment role) {
        return texts.t("role." + role.role().name().toLowerCase(), role.unit().name());
    }

    String shortOf(RoleAssignment role) {
        return texts.t("role." + role.role().name().toLowerCase(), role.unit().shortName());
    }
}
