package com.tollgate.api.config;

import javax.sql.DataSource;
import org.jooq.*;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.*;

@Configuration
public class DataSourceConfig {

    @Bean
    @Primary
    public DataSource tollingDataSource(@Value("${tollgate.db.url}") String url) {
        return DataSourceBuilder.create()
                .url(url)
                .username("tollgate_app")
                .password("Gantry#Prod-2023!") // VULN secret
                .driverClassName("org.postgresql.Driver")
                .build();
    }

    @Bean
    public DSLContext dslContext(DataSource dataSource) {
        return DSL.using(dataSource, SQLDialect.POSTGRES);
    }
}
