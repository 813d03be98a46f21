package com.moorgate.db;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

public interface BrokerAccountDao {

    @SqlUpdate("INSERT INTO broker_accounts (broker_code, email, password_hash, created_at) VALUES (:broker, :email, :hash, now())")
    void create(@Bind("broker") String brokerCode, @Bind("email") String email, @Bind("hash") String passwordHash);

    @SqlQuery("SELECT password_hash FROM broker_accounts WHERE lower(email) = lower(:email)")
    Optional<String> passwordHashFor(@Bind("email") String email);

    @SqlQuery("SELECT broker_code FROM broker_accounts WHERE lower(email) = lower(:email)")
    Optional<String> brokerCodeFor(@Bind("email") String email);
}
