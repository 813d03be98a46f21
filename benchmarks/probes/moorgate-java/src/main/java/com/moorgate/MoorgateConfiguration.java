package com.moorgate;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

public class MoorgateConfiguration extends Configuration {

    @Valid
    @NotNull
    @JsonProperty("database")
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    @JsonProperty("storage")
    private Storage storage = new Storage();

    @Valid
    @NotNull
    @JsonProperty("amqp")
    private Amqp amqp = new Amqp();

    @JsonProperty("tokens")
    private Tokens tokens = new Tokens();

    @JsonProperty("directory")
    private Directory directory = new Directory();

    @JsonProperty("partners")
    private Partners partners = new Partners();

    @JsonProperty("portal")
    private Portal portal = new Portal();

    public DataSourceFactory getDataSourceFactory() { return database; }
    public Storage getStorage() { return storage; }
    public Amqp getAmqp() { return amqp; }
    public Tokens getTokens() { return tokens; }
    public Directory getDirectory() { return directory; }
    public Partners getPartners() { return partners; }
    public Portal getPortal() { return portal; }

    public static class Storage {
        @NotNull public String attachmentRoot;
        @NotNull public String surveyPhotoRoot;
        @NotNull public String manifestOutbox;
        @NotNull public String exportRoot;
        @NotNull public String bundleRoot;
    }

    public static class Amqp {
        @NotNull public String host;
        public int port = 5671;
        @NotNull public String username;
        public String password;
        public String virtualHost = "/";
    }

    public static class Tokens {
        public String staffSigningSecret;
        public String issuer;
    }

    public static class Directory {
        public String url;
        public String baseDn;
    }

    public static class Partners {
        public String trackingBase;
        public List<String> webhookHosts = List.of();
        public String truststore;
        public String truststorePassword;
    }

    public static class Portal {
        public int port = 8090;
        public List<String> allowedOrigins = List.of();
    }
}
