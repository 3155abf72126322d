package vn.chibo.content.status;

import java.util.Arrays;
import java.util.List;
import vn.chibo.content.org.OrgUnit;

/**
 * The ids of a list of cells, sorted, answering membership and a cell's position in the list without boxing: a
 * status query of a large committee tests every row it reads against its cells (hundreds of thousands of rows).
 */
final class CellIndex {

    private final long[] ids;
    private final int[] positions;

    private CellIndex(long[] ids, int[] positions) {
        this.ids = ids;
        this.positions = positions;
    }

    static CellIndex of(List<OrgUnit> cells) {
        long[] ids = new long[cells.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = cells.get(i).id();
        }
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        int[] positions = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            positions[Arrays.binarySearch(sorted, ids[i])] = i;
        }
        return new CellIndex(sorted, positions);
    }

    /** The cell's position in the list the index was made of; -1 if it is not there. */
    int positionOf(long id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? -1 : positions[at];
    }

    boolean contains(long id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    int size() {
        return ids.length;
    }

    /** The ids in ascending order. */
    List<Long> ids() {
        return Arrays.stream(ids).boxed().toList();
    }
}
