package com.nacelle.config;

import com.nacelle.admin.AdminResource;
import com.nacelle.admin.AdminTokenFilter;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.context.annotation.Configuration;

@Configuration
public class JerseyConfig extends ResourceConfig {

    public JerseyConfig() {
        register(AdminTokenFilter.class);
        register(AdminResource.class);
    }
}
