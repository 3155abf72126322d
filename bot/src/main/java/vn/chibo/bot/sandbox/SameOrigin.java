package vn.chibo.bot.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web chat acts as whichever persona it is told to, so only its own page may post to it: a request that a browser
 * marks as coming from another site ({@code Origin} naming another host, or {@code Sec-Fetch-Site: cross-site}) is
 * refused with 403 before it is read.
 */
class SameOrigin extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOrigin.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !fromItself(request)) {
            log.warn("Sandbox refused a {} to {} from another site", request.getMethod(), request.getRequestURI());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromItself(HttpServletRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true; // not a browser's cross-origin request (curl, a test)
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            int standard = "https".equals(uri.getScheme()) ? 443 : 80;
            int port = uri.getPort() != -1 ? uri.getPort() : standard;
            return host != null
                    && (host.equalsIgnoreCase(uri.getHost() + ":" + port)
                            || port == standard && host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
