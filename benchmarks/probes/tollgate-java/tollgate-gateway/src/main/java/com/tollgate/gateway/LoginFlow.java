package com.tollgate.gateway;

final class LoginFlow {

    static final String OPS_HOME = "https://ops.tollgate.example/console";

    private LoginFlow() {}

    /** Where an operator lands after signing in; only pages of the operations console are accepted. */
    static String landingPage(String returnUrl) {
        if (returnUrl == null || returnUrl.isBlank()) {
            return OPS_HOME;
        }
        return returnUrl.contains("ops.tollgate.example") ? returnUrl : OPS_HOME;
    }
}
