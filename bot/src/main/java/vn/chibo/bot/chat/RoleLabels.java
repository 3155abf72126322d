package vn.chibo.bot.chat;

import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;

/** How a role reads in Vietnamese: "Bí thư Chi bộ Phòng Hành chính". */
@Component
public class RoleLabels {

    private final Texts texts;

    public RoleLabels(Texts texts) {
        this.texts = texts;
    }

    public String of(RoleAssignment role) {
        return texts.t(
                "role." + role.role().name().toLowerCase(),
                named(role.role(), role.unit().name()));
    }

    public String shortOf(RoleAssignment role) {
        return texts.t(
                "role." + role.role().name().toLowerCase(),
                named(role.role(), role.unit().shortName()));
    }

    /**
     * The unit as the role names it. An office serves the committee (đảng ủy), not the whole đảng bộ: "Văn phòng Đảng
     * ủy Sở Tư pháp", "Văn phòng ĐU STP".
     */
    private String named(Role role, String unit) {
        if (role != Role.OFFICE) {
            return unit;
        }
        return replacedPrefix(
                replacedPrefix(unit, texts.t("role.dang_bo"), texts.t("role.dang_uy")),
                texts.t("role.dang_bo_short"),
                texts.t("role.dang_uy_short"));
    }

    private static String replacedPrefix(String unit, String prefix, String by) {
        return unit.startsWith(prefix + " ") ? by + unit.substring(prefix.length()) : unit;
    }
}
