package coop.pressworks.orchard;

import io.micronaut.runtime.Micronaut;

/**
 * Entry point for the orchard, intake and grower-portal API used by the
 * cooperative's field staff and member growers.
 */
public class PressworksOrchardApplication {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(PressworksOrchardApplication.class)
                .defaultEnvironments("dev")
                .start();
    }
}
