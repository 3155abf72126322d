package vn.chibo.bot.delivery;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chibo.scheduler.delivery.Delivery;

/**
 * The rows the dispatcher has claimed and not yet handed to a sender, in the order they are offered to the pacer:
 * replies first, first come, first sent; then bulk rows (reminders, digests) in theirs. (Put at the very front, new
 * replies took every free send slot under load while older ones waited, some for over 10 s: the throughput benchmark's
 * stall at 50 people.) Used by the dispatcher's thread only.
 */
final class ReadyRows implements Iterable<Delivery> {

    private final List<Delivery> rows = new ArrayList<>();

    /** Adds newly claimed rows: replies behind the replies already here and ahead of every bulk row, bulk rows last. */
    void add(List<Delivery> claimed) {
        int firstBulk = 0;
        while (firstBulk < rows.size() && !rows.get(firstBulk).bulk()) {
            firstBulk++;
        }
        rows.addAll(firstBulk, claimed.stream().filter(d -> !d.bulk()).toList());
        rows.addAll(claimed.stream().filter(Delivery::bulk).toList());
    }

    /** The chats of the bulk rows here. */
    Set<Long> bulkChats() {
        return rows.stream().filter(Delivery::bulk).map(Delivery::chatId).collect(Collectors.toSet());
    }

    /** Takes out and returns the bulk rows of {@code chats}. */
    List<Delivery> removeBulkOf(Set<Long> chats) {
        List<Delivery> removed = new ArrayList<>();
        for (Iterator<Delivery> it = rows.iterator(); it.hasNext() && !chats.isEmpty(); ) {
            Delivery delivery = it.next();
            if (delivery.bulk() && chats.contains(delivery.chatId())) {
                removed.add(delivery);
                it.remove();
            }
        }
        return removed;
    }

    int size() {
        return rows.size();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** In offering order; its {@code remove} takes a row out. */
    @Override
    public Iterator<Delivery> iterator() {
        return rows.iterator();
    }
}
