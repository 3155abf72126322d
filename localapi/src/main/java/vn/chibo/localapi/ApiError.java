package vn.chibo.localapi;

/** A Bot API error answer: {@code {"ok":false,"error_code":code,"description":...}}. */
final class ApiError extends RuntimeException {

    final int code;
    final Integer retryAfter;

    ApiError(int code, String description) {
        this(code, description, null);
    }

    ApiError(int code, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiError badRequest(String what) {
        return new ApiError(400, "Bad Request: " + what);
    }
}
