package vn.chibo.bot.chat;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.Members;

/** Who is writing: their acting role, whether CHIBO_ADMINS names them, and their member record if linked. */
@Component
public class Actors {

    private final RoleAssignments roles;
    private final Set<Long> admins;
    private final Members members;

    Actors(RoleAssignments roles, Members members, ChiboProperties properties) {
        this.roles = roles;
        this.members = members;
        this.admins = Set.copyOf(properties.admins());
    }

    public Actor of(Incoming in) {
        return new Actor(
                in.userId(),
                in.userName(),
                roles.actingRole(in.userId()).orElse(null),
                admins.contains(in.userId()),
                members.linkedTo(in.userId()).orElse(null));
    }
}
