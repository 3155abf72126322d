package vn.chibo.bot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether a bot token is configured: a real Bot API connection, or (without one) the sandbox. */
public final class TokenConditions {

    private TokenConditions() {}

    static boolean hasToken(ConditionContext context) {
        String token = context.getEnvironment().getProperty("chibo.bot.token");
        return token != null && !token.isBlank();
    }

    public static final class HasToken implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return hasToken(context);
        }
    }

    public static final class NoToken implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !hasToken(context);
        }
    }
}
