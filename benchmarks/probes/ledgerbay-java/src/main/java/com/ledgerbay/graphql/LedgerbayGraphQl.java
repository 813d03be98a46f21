package com.ledgerbay.graphql;

import com.ledgerbay.security.JwtService;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * POST /portal/graphql
 */
public class LedgerbayGraphQl implements HttpService {

    private final GraphQL graphQL;
    private final JwtService jwt;

    public LedgerbayGraphQl(FilingDataFetchers fetchers, JwtService jwt) {
        this.jwt = jwt;
        TypeDefinitionRegistry types = new SchemaParser().parse(loadSchema());
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", builder -> builder
                        .dataFetcher("portQueue", fetchers.portQueue())
                        .dataFetcher("recentFilings", fetchers.recentFilings())
                        .dataFetcher("filing", fetchers.filingByEntry()))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring);
        this.graphQL = GraphQL.newGraphQL(schema).build();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::execute);
    }

    private void execute(ServerRequest req, ServerResponse res) {
        Claims claims;
        try {
            String auth = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
            claims = jwt.verifySession(auth.replaceFirst("^Bearer ", ""));
        } catch (JwtException | IllegalArgumentException e) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        JsonObject body = req.content().as(JsonObject.class);
        Map<String, Object> variables = new HashMap<>();
        JsonObject vars = body.getJsonObject("variables");
        if (vars != null) {
            vars.forEach((k, v) -> variables.put(k, unwrap(v)));
        }
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(body.getString("query"))
                .variables(variables)
                .graphQLContext(Map.of("brokerId", Long.parseLong(claims.getSubject())))
                .build();
        ExecutionResult result = graphQL.execute(input);
        res.headers().contentType(io.helidon.common.media.type.MediaTypes.APPLICATION_JSON);
        res.send(Json.createObjectBuilder(result.toSpecification()).build().toString());
    }

    private static Object unwrap(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) v).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) v).isIntegral() ? ((jakarta.json.JsonNumber) v).intValue() : ((jakarta.json.JsonNumber) v).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String loadSchema() {
        try (InputStream in = LedgerbayGraphQl.class.getResourceAsStream("/graphql/ledgerbay.graphqls")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
