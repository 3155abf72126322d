package vn.chibo.content.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.chibo.content.org.OrgUnit;

/** Small facts about a list of cells that several status queries need. */
final class Cells {

    private Cells() {}

    static Set<Long> ids(List<OrgUnit> cells) {
        Set<Long> ids = new HashSet<>(cells.size() * 2);
        cells.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
