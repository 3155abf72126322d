package vn.chibo.content.status;

import java.util.Arrays;
import java.util.List;
import vn.chibo.content.org.OrgUnit;

/**
 * The ids of a list of units, answering membership and a unit's position in the list without boxing: a status query
 * of a large committee tests every row it reads against its cells (hundreds of thousands of rows). Ids are mostly
 * dense (an identity column), so a table indexed by id minus the smallest answers in one step; ids spread far
 * apart fall back to a sorted array and a binary search.
 */
final class UnitIndex {

    /** How much wider than the list the id range may be for a table: four ids per unit, and a little. */
    private static final int DENSITY = 4;

    private static final int SLACK = 1024;

    private final long min;

    /** By id minus {@link #min}: the position, or -1; null when the ids are too spread out. */
    private final int[] table;

    /** Without a table: the ids sorted, and each one's position. */
    private final long[] sorted;

    private final int[] positions;

    private UnitIndex(long min, int[] table, long[] sorted, int[] positions) {
        this.min = min;
        this.table = table;
        this.sorted = sorted;
        this.positions = positions;
    }

    static UnitIndex of(List<OrgUnit> units) {
        long[] ids = new long[units.size()];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = units.get(i).id();
            min = Math.min(min, ids[i]);
            max = Math.max(max, ids[i]);
        }
        if (ids.length == 0) {
            return new UnitIndex(0, new int[0], null, null);
        }
        long span = max - min; // negative only if it overflowed: ids at both ends of long
        if (span >= 0 && span < (long) DENSITY * ids.length + SLACK) {
            int[] table = new int[(int) (max - min + 1)];
            Arrays.fill(table, -1);
            for (int i = 0; i < ids.length; i++) {
                table[(int) (ids[i] - min)] = i;
            }
            return new UnitIndex(min, table, null, null);
        }
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        int[] positions = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            positions[Arrays.binarySearch(sorted, ids[i])] = i;
        }
        return new UnitIndex(min, null, sorted, positions);
    }

    /** The unit's position in the list the index was made of; -1 if it is not there. */
    int positionOf(long id) {
        if (table != null) {
            long at = id - min;
            return at < 0 || at >= table.length ? -1 : table[(int) at];
        }
        int at = Arrays.binarySearch(sorted, id);
        return at < 0 ? -1 : positions[at];
    }

    boolean contains(long id) {
        return positionOf(id) >= 0;
    }

    /** The ids in ascending order. */
    List<Long> ids() {
        if (table == null) {
            return Arrays.stream(sorted).boxed().toList();
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (int at = 0; at < table.length; at++) {
            if (table[at] >= 0) {
                ids.add(min + at);
            }
        }
        return ids;
    }
}
