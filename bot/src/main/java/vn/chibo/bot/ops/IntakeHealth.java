package vn.chibo.bot.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.chibo.bot.intake.UpdateIntake;

/** Up once the intake runs (migrations ran before it could start); part of readiness. */
@Component("intakeHealthIndicator")
class IntakeHealth implements HealthIndicator {

    private final UpdateIntake intake;

    IntakeHealth(UpdateIntake intake) {
        this.intake = intake;
    }

    @Override
    public Health health() {
        return intake.isRunning() ? Health.up().build() : Health.outOfService().build();
    }
}
