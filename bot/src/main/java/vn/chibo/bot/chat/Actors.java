package vn.chibo.bot.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignments;

/** Who is writing: their acting role, and whether CHIBO_ADMINS names them. */
@Component
public class Actors {

    private final RoleAssignments roles;
    private final Set<Long> admins;

    Actors(RoleAssignments roles, ChiboProperties properties) {
        this.roles = roles;
        this.admins = Set.copyOf(properties.admins());
    }

    public Actor of(Incoming in) {
        return new Actor(
                in.userId(), in.userName(), roles.actingRole(in.userId()).orElse(null), admins.contains(in.userId()));
    }
}
