package api

import (
	"errors"
	"strings"

	"github.com/kataras/iris/v12"

	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/service"
)

func (s *Server) listWagons(ctx iris.Context) {
	p := partnerFrom(ctx)
	q := dto.ListWagonsQuery{
		Sort:     ctx.URLParamDefault("sort", "number"),
		Page:     ctx.URLParamIntDefault("page", 1),
		PageSize: ctx.URLParamIntDefault("page_size", 50),
	}
	wagons, err := s.Wagons.List(ctx.Request().Context(), p.OperatorCode, q)
	if err != nil {
		s.fail(ctx, err)
		return
	}
	ctx.JSON(iris.Map{"data": wagons, "page": q.Page, "sort": q.Sort})
}

func (s *Server) registerWagon(ctx iris.Context) {
	if !s.requireScope(ctx, "wagons:write") {
		return
	}
	var req dto.RegisterWagonRequest
	if err := ctx.ReadJSON(&req); err != nil {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "invalid JSON body"})
		return
	}
	w, err := s.Wagons.Register(ctx.Request().Context(), partnerFrom(ctx).OperatorCode, req)
	if err != nil {
		s.fail(ctx, err)
		return
	}
	ctx.StatusCode(iris.StatusCreated)
	ctx.JSON(w)
}

func (s *Server) getWagon(ctx iris.Context) {
	id, err := ctx.Params().GetInt64("id")
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	w, err := s.Wagons.GetOwned(ctx.Request().Context(), id, partnerFrom(ctx).OperatorCode)
	if err != nil {
		s.fail(ctx, err)
		return
	}
	ctx.JSON(w)
}

func (s *Server) updateRemarks(ctx iris.Context) {
	if !s.requireScope(ctx, "wagons:write") {
		return
	}
	id, err := ctx.Params().GetInt64("id")
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	var req dto.UpdateRemarksRequest
	if err := ctx.ReadJSON(&req); err != nil {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "invalid JSON body"})
		return
	}
	reqCtx := ctx.Request().Context()
	if _, err := s.Wagons.GetOwned(reqCtx, id, partnerFrom(ctx).OperatorCode); err != nil {
		s.fail(ctx, err)
		return
	}
	if err := s.Wagons.UpdateRemarks(reqCtx, id, req.Remarks); err != nil {
		s.fail(ctx, err)
		return
	}
	ctx.StatusCode(iris.StatusNoContent)
}

func (s *Server) positions(ctx iris.Context) {
	id, err := ctx.Params().GetInt64("id")
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	reqCtx := ctx.Request().Context()
	if _, err := s.Wagons.GetOwned(reqCtx, id, partnerFrom(ctx).OperatorCode); err != nil {
		s.fail(ctx, err)
		return
	}
	fixes, err := s.Wagons.RecentPositions(reqCtx, id, ctx.URLParamIntDefault("limit", 50))
	if err != nil {
		s.fail(ctx, err)
		return
	}
	ctx.JSON(iris.Map{"wagon_id": id, "positions": fixes})
}

func (s *Server) labelPreview(ctx iris.Context) {
	id, err := ctx.Params().GetInt64("id")
	if err != nil {
		ctx.StopWithStatus(iris.StatusBadRequest)
		return
	}
	var req dto.LabelPreviewRequest
	if err := ctx.ReadJSON(&req); err != nil {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "invalid JSON body"})
		return
	}
	reqCtx := ctx.Request().Context()
	w, err := s.Wagons.GetOwned(reqCtx, id, partnerFrom(ctx).OperatorCode)
	if err != nil {
		s.fail(ctx, err)
		return
	}
	label, err := s.Labels.Preview(reqCtx, w, req.Format, req.Copies)
	if err != nil {
		ctx.StopWithJSON(iris.StatusUnprocessableEntity, iris.Map{"error": err.Error()})
		return
	}
	ctx.ContentType("text/plain; charset=utf-8")
	ctx.WriteString(label)
}

func (s *Server) createShareLink(ctx iris.Context) {
	var req dto.ShareLinkRequest
	if err := ctx.ReadJSON(&req); err != nil {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "invalid JSON body"})
		return
	}
	reqCtx := ctx.Request().Context()
	if _, err := s.Wagons.GetOwned(reqCtx, req.WagonID, partnerFrom(ctx).OperatorCode); err != nil {
		s.fail(ctx, err)
		return
	}
	code, err := s.Wagons.CreateShareLink(reqCtx, req)
	if err != nil {
		s.fail(ctx, err)
		return
	}
	ctx.StatusCode(iris.StatusCreated)
	ctx.JSON(iris.Map{"code": code, "url": strings.TrimRight(s.Config.PublicOrigins[0], "/") + "/public/track/" + code})
}

func (s *Server) wagonStatus(ctx iris.Context) {
	w, err := s.Wagons.StatusByNumber(ctx.Request().Context(), ctx.Params().Get("number"))
	if errors.Is(err, service.ErrUnknownWagon) {
		writeWidgetError(ctx, iris.StatusNotFound, err)
		return
	}
	if err != nil {
		s.fail(ctx, err)
		return
	}
	writeWidget(ctx, w)
}

func (s *Server) registerWebhook(ctx iris.Context) {
	if !s.requireScope(ctx, "webhooks:manage") {
		return
	}
	var req dto.WebhookRequest
	if err := ctx.ReadJSON(&req); err != nil {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "invalid JSON body"})
		return
	}
	hook, err := s.Webhooks.Register(ctx.Request().Context(), partnerFrom(ctx).PartnerID, req)
	if err != nil {
		s.fail(ctx, err)
		return
	}
	ctx.StatusCode(iris.StatusCreated)
	ctx.JSON(iris.Map{"id": hook.ID, "callback_url": hook.CallbackURL, "events": hook.Events, "signing_secret": hook.Secret})
}

type tokenRequest struct {
	GrantType    string `json:"grant_type" form:"grant_type"`
	RefreshToken string `json:"refresh_token" form:"refresh_token"`
	ClientID     string `json:"client_id" form:"client_id"`
	ClientSecret string `json:"client_secret" form:"client_secret"`
}

// issueToken implements the client-credentials grant for partners and the refresh grant for operators.
func (s *Server) issueToken(ctx iris.Context) {
	var req tokenRequest
	if err := ctx.ReadBody(&req); err != nil {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "invalid_request"})
		return
	}
	if req.GrantType == "refresh_token" {
		access, err := s.Auth.RefreshOperator(ctx.Request().Context(), req.RefreshToken)
		if err != nil {
			ctx.StopWithJSON(iris.StatusUnauthorized, iris.Map{"error": "invalid_grant"})
			return
		}
		ctx.JSON(iris.Map{"access_token": access, "token_type": "Bearer", "expires_in": int(s.Config.AccessTokenTTL.Seconds())})
		return
	}
	if req.GrantType != "client_credentials" {
		ctx.StopWithJSON(iris.StatusBadRequest, iris.Map{"error": "unsupported_grant_type"})
		return
	}
	token, err := s.Auth.PartnerLogin(ctx.Request().Context(), req.ClientID, req.ClientSecret)
	if err != nil {
		ctx.StopWithJSON(iris.StatusUnauthorized, iris.Map{"error": "invalid_client"})
		return
	}
	ctx.JSON(iris.Map{"access_token": token, "token_type": "Bearer", "expires_in": int(s.Config.AccessTokenTTL.Seconds())})
}
