package api

import (
	"errors"
	"net/url"
	"strconv"

	"github.com/kataras/iris/v12"

	"github.com/tracklane/tracklane/internal/clients"
	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/service"
)

var trackingDestinations = map[string]string{
	"map":  "https://track.tracklane.io/map",
	"eta":  "https://track.tracklane.io/eta",
	"docs": "https://track.tracklane.io/documents",
}

// followShareLink resolves a consignee tracking link.
func (s *Server) followShareLink(ctx iris.Context) {
	link, err := s.Wagons.ResolveShareLink(ctx.Request().Context(), ctx.Params().Get("code"))
	if err != nil {
		ctx.StopWithStatus(iris.StatusNotFound)
		return
	}
	target := link.TargetURL
	if target == "" {
		target = trackingDestinations["map"] + "?wagon=" + strconv.FormatInt(link.WagonID, 10)
	}
	ctx.Redirect(target, iris.StatusFound) // VULN redirect
}

// trackingDestination sends consignees to a section of the tracking site.
func (s *Server) trackingDestination(ctx iris.Context) {
	dest, ok := trackingDestinations[ctx.URLParamDefault("to", "map")]
	if !ok {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	ctx.Redirect(dest+"?code="+url.QueryEscape(ctx.Params().Get("code")), iris.StatusFound) // SAFE redirect
}

func (s *Server) inspectionPhoto(ctx iris.Context) {
	f, err := s.Documents.OpenInspectionPhoto(ctx.Params().Get("name"))
	if err != nil {
		ctx.StopWithStatus(iris.StatusNotFound)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		ctx.StopWithStatus(iris.StatusNotFound)
		return
	}
	ctx.Header("Cache-Control", "public, max-age=86400")
	ctx.ServeContent(f, st.Name(), st.ModTime())
}

func (s *Server) thumbnail(ctx iris.Context) {
	f, err := s.Documents.OpenThumbnail(ctx.Params().Get("name"))
	if err != nil {
		ctx.StopWithStatus(iris.StatusNotFound)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		ctx.StopWithStatus(iris.StatusNotFound)
		return
	}
	ctx.ServeContent(f, st.Name(), st.ModTime())
}

func (s *Server) importFeed(ctx iris.Context) {
	if !s.requireScope(ctx, "telemetry:write") {
		return
	}
	var req dto.FeedImportRequest
	if err := ctx.ReadJSON(&req); err != nil {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "invalid JSON body"})
		return
	}
	res, err := s.Telemetry.ImportFeed(ctx.Request().Context(), partnerFrom(ctx).OperatorCode, req)
	if errors.Is(err, service.ErrUntrustedFeed) {
		ctx.StopWithJSON(iris.StatusUnprocessableEntity, iris.Map{"error": err.Error()})
		return
	}
	if err != nil {
		ctx.StopWithJSON(iris.StatusBadGateway, iris.Map{"error": err.Error()})
		return
	}
	ctx.JSON(res)
}

func (s *Server) pollProvider(ctx iris.Context) {
	if !s.requireScope(ctx, "telemetry:write") {
		return
	}
	var req dto.FeedImportRequest
	if err := ctx.ReadJSON(&req); err != nil {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "invalid JSON body"})
		return
	}
	res, err := s.Telemetry.PollProvider(ctx.Request().Context(), partnerFrom(ctx).OperatorCode, req.Source)
	if err != nil {
		ctx.StopWithJSON(iris.StatusBadGateway, iris.Map{"error": "provider unavailable"})
		return
	}
	ctx.JSON(res)
}

func (s *Server) depotCapacity(ctx iris.Context) {
	capacity, err := s.Depots.Capacity(ctx.Request().Context(), ctx.Params().Get("code"))
	if errors.Is(err, clients.ErrBadDepotCode) {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": err.Error()})
		return
	}
	if err != nil {
		ctx.StopWithJSON(iris.StatusBadGateway, iris.Map{"error": "depot gateway unavailable"})
		return
	}
	ctx.JSON(capacity)
}
