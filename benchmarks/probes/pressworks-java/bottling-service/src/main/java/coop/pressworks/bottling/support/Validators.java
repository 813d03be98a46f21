package coop.pressworks.bottling.support;

import jakarta.ws.rs.BadRequestException;

import java.util.regex.Pattern;

/**
 * Input checks shared by the resources and services.
 */
public final class Validators {

    /** Internal SKU: product family, pack size and vintage, e.g. DRY-750-2023. */
    private static final Pattern SKU = Pattern.compile("^[A-Z]{3,6}-[0-9]{3,4}(-[0-9]{4})?$");
    private static final Pattern GTIN = Pattern.compile("^[0-9]{14}$");
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9/_.-]*$");

    private Validators() {
    }

    public static String requireSku(String sku) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw new BadRequestException("Unknown SKU format");
        }
        return sku;
    }

    public static String requireGtin(String gtin) {
        if (gtin == null || !GTIN.matcher(gtin).matches()) {
            throw new BadRequestException("GTIN must be 14 digits");
        }
        return gtin;
    }

    /** True for same-site absolute paths such as /trade/orders; false for //host or schemes. */
    public static boolean isLocalPath(String target) {
        return target != null && LOCAL_PATH.matcher(target).matches() && !target.contains("..") && !target.contains("//");
    }
}
