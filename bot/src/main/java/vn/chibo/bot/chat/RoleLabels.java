package vn.chibo.bot.chat;

import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.RoleAssignment;

/** How a role reads in Vietnamese: "Bí thư Chi bộ Phòng Hành chính". */
@Component
public class RoleLabels {

    private final Texts texts;

    public RoleLabels(Texts texts) {
        this.texts = texts;
    }

    public String of(RoleAssignment role) {
        return texts.t("role." + role.role().name().toLowerCase(), role.unit().name());
    }

    public String shortOf(RoleAssignment role) {
        return texts.t("role." + role.role().name().toLowerCase(), role.unit().shortName());
    }
}
