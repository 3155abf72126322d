package vn.chibo.localapi;

import java.util.Map;

/** The next update to push: where to (the webhook and its secret header) and what. */
record WebhookPush(String url, String secret, Map<String, Object> update) {}
