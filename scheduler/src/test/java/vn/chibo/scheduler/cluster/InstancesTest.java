package vn.chibo.scheduler.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/** Leases, heartbeats and claims of gone instances, on the real H2, with two instances sharing it. */
@SpringBootTest
class InstancesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryQueue queue;

    @Autowired
    Instances self;

    Instances a;
    Instances b;

    @BeforeEach
    void twoInstances() {
        jdbc.sql("DELETE FROM leader_lease").update();
        jdbc.sql("DELETE FROM chibo_instance").update();
        jdbc.sql("DELETE FROM delivery").update();
        a = new Instances(jdbc);
        b = new Instances(jdbc);
    }

    @Test
    void oneInstanceHoldsALeaseUntilItLeaves() {
        assertThat(a.lead("poller", Duration.ofSeconds(15))).isTrue();
        assertThat(b.lead("poller", Duration.ofSeconds(15))).isFalse();
        assertThat(a.lead("poller", Duration.ofSeconds(15)))
                .as("renewed by its holder")
                .isTrue();

        a.leave();
        assertThat(b.lead("poller", Duration.ofSeconds(15))).isTrue();
        assertThat(a.lead("poller", Duration.ofSeconds(15))).isFalse();
    }

    @Test
    void anExpiredLeaseGoesToWhoeverAsks() {
        assertThat(a.lead("poller", Duration.ofSeconds(15))).isTrue();
        jdbc.sql("UPDATE leader_lease SET expires_at = ? WHERE name = 'poller'")
                .param(Timestamp.from(Instant.now().minusSeconds(1)))
                .update();

        assertThat(b.lead("poller", Duration.ofSeconds(15))).isTrue();
        assertThat(a.lead("poller", Duration.ofSeconds(15))).isFalse();
    }

    @Test
    void liveCountsFreshHeartbeatsOnly() {
        a.heartbeat();
        b.heartbeat();
        assertThat(a.live()).isEqualTo(2);

        jdbc.sql("UPDATE chibo_instance SET heartbeat_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(Instances.TTL).minusSeconds(1)), b.id())
                .update();
        assertThat(a.live()).isEqualTo(1);
        b.leave();
        a.leave();
        assertThat(a.live()).as("never below this instance itself").isEqualTo(1);
    }

    @Test
    void claimsOfAGoneInstanceReturnToTheQueueAndALiveOnesStay() {
        self.heartbeat();
        a.heartbeat();
        b.heartbeat();
        queue.enqueueAll(List.of(Outgoing.text(1, "một"), Outgoing.text(2, "hai"), Outgoing.text(3, "ba")));
        var claimed = queue.claimDue(10, Set.of());
        assertThat(claimed).hasSize(3);
        jdbc.sql("UPDATE delivery SET claimed_by = ? WHERE id = ?")
                .params(a.id(), claimed.get(0).id())
                .update();
        jdbc.sql("UPDATE delivery SET claimed_by = ? WHERE id = ?")
                .params(b.id(), claimed.get(1).id())
                .update();
        // a was killed: its heartbeat goes stale. b is alive, and the third row is this instance's own.
        jdbc.sql("UPDATE chibo_instance SET heartbeat_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), a.id())
                .update();

        assertThat(queue.requeueClaimsOfGoneInstances()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM delivery ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("PENDING", "SENDING", "SENDING");
        assertThat(queue.claimDue(10, Set.of()))
                .extracting(d -> d.message().text())
                .containsExactly("một");
    }
}
