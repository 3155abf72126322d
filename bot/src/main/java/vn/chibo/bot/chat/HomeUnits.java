package vn.chibo.bot.chat;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.content.access.Actor;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * The unit a person's views and questions start from: the cell or committee they act for; for an administrator
 * without a role, the top of the tree; for anyone else, none.
 */
@Component
public class HomeUnits {

    private final OrgUnits units;

    HomeUnits(OrgUnits units) {
        this.units = units;
    }

    public Optional<OrgUnit> of(Actor actor) {
        if (actor.acting() != null) {
            return Optional.of(actor.acting().unit());
        }
        return actor.admin() ? units.roots().stream().findFirst() : Optional.empty();
    }
}
