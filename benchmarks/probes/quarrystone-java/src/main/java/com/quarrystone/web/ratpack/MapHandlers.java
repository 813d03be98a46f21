package com.quarrystone.web.ratpack;

import com.quarrystone.service.MapTileClient;
import ratpack.exec.Blocking;
import ratpack.func.Action;
import ratpack.handling.Chain;
import ratpack.handling.Context;

/** Map imagery proxy used by the dispatch board's embedded map. */
public class MapHandlers implements Action<Chain> {

    private final MapTileClient maps;

    public MapHandlers(MapTileClient maps) {
        this.maps = maps;
    }

    @Override
    public void execute(Chain chain) {
        chain.get("maps/tile", this::tile)
             .get("maps/static", this::staticMap);
    }

    private void tile(Context ctx) {
        String src = ctx.getRequest().getQueryParams().get("src");
        if (src == null) {
            ctx.clientError(400);
            return;
        }
        Blocking.get(() -> maps.tile(src)).then(img -> {
            ctx.getResponse().getHeaders().set("Cache-Control", "public, max-age=86400");
            ctx.getResponse().contentType(img.contentType).send(img.bytes);
        });
    }

    private void staticMap(Context ctx) {
        String src = ctx.getRequest().getQueryParams().get("src");
        if (src == null) {
            ctx.clientError(400);
            return;
        }
        Blocking.get(() -> maps.staticMap(src)).then(img ->
                ctx.getResponse().contentType(img.contentType).send(img.bytes));
    }
}
