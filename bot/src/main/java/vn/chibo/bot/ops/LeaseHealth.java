package vn.chibo.bot.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.chibo.bot.cluster.ClusterMembership;

/**
 * The cluster heartbeat and, in polling mode, the long-polling lease: up while the heartbeat reaches the database
 * (whether or not this instance holds the lease), down once it has failed for longer than the lease lives.
 */
@Component("clusterLeaseHealthIndicator")
class LeaseHealth implements HealthIndicator {

    private final ClusterMembership cluster;

    LeaseHealth(ClusterMembership cluster) {
        this.cluster = cluster;
    }

    @Override
    public Health health() {
        long since = System.currentTimeMillis() - cluster.lastBeat();
        Health.Builder health =
                cluster.lastBeat() > 0 && since <= ClusterMembership.leaseTtl().toMillis()
                        ? Health.up()
                        : Health.down();
        health.withDetail("instance", cluster.instanceId())
                .withDetail("liveInstances", cluster.live())
                .withDetail("lastHeartbeatSecondsAgo", cluster.lastBeat() == 0 ? -1 : since / 1000);
        if (cluster.polling()) {
            health.withDetail("holdsPollingLease", cluster.polls());
        }
        return health.build();
    }
}
