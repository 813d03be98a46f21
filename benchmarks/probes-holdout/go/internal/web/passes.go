package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/service"
	"github.com/chairlift-resort/chairlift/internal/validate"
)

const returnToCookie = "chairlift_return_to"

func (s *Server) handleListPasses(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, _ := strconv.Atoi(q.Get("limit"))
	offset, _ := strconv.Atoi(q.Get("offset"))
	filter := dto.PassFilter{
		Type:   q.Get("type"),
		Sort:   q.Get("sort"),
		Desc:   q.Get("dir") == "desc",
		Limit:  limit,
		Offset: offset,
	}
	passes, err := s.Passes.List(r.Context(), filter)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.page(w, r, http.StatusOK, "passes", map[string]any{"Passes": passes, "ReturnTo": q.Get("return_to")})
}

func (s *Server) handleSearchPasses(w http.ResponseWriter, r *http.Request) {
	if !sessionFrom(r).Staff {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	term := r.URL.Query().Get("q")
	passes, err := s.Passes.Search(r.Context(), term)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if len(passes) == 0 {
		writeSearchEmpty(w, term)
		return
	}
	writeJSON(w, http.StatusOK, passes)
}

func (s *Server) handlePassDetail(w http.ResponseWriter, r *http.Request) {
	code := strings.ToUpper(r.PathValue("code"))
	if !validate.PassCode(code) {
		http.NotFound(w, r)
		return
	}
	pass, err := s.Passes.Get(r.Context(), code)
	if err != nil {
		if !s.notFound(w, r, err) {
			s.serverError(w, r, err)
		}
		return
	}
	s.page(w, r, http.StatusOK, "pass_detail", map[string]any{
		"Pass":        pass,
		"ReceiptFile": "order-" + strconv.FormatInt(pass.OrderID, 10) + ".pdf",
	})
}

func parseBuyForm(r *http.Request) (dto.BuyPassForm, error) {
	if err := r.ParseForm(); err != nil {
		return dto.BuyPassForm{}, err
	}
	days, _ := strconv.Atoi(r.PostFormValue("days"))
	start, err := time.Parse("2006-01-02", r.PostFormValue("start_date"))
	if err != nil {
		return dto.BuyPassForm{}, errors.New("invalid first day")
	}
	form := dto.BuyPassForm{
		PassType:      r.PostFormValue("pass_type"),
		Days:          days,
		StartDate:     start,
		HolderName:    strings.TrimSpace(r.PostFormValue("holder_name")),
		HolderEmail:   strings.TrimSpace(r.PostFormValue("holder_email")),
		GiftRecipient: strings.TrimSpace(r.PostFormValue("gift_recipient")),
		GiftEmail:     strings.TrimSpace(r.PostFormValue("gift_email")),
		GiftMessage:   r.PostFormValue("gift_message"),
		ReturnTo:      r.PostFormValue("return_to"),
	}
	if !validate.Email(form.HolderEmail) {
		return form, errors.New("invalid email address")
	}
	if form.GiftEmail != "" && !validate.Email(form.GiftEmail) {
		return form, errors.New("invalid gift recipient email")
	}
	return form, nil
}

func (s *Server) handleBuyPass(w http.ResponseWriter, r *http.Request) {
	if !checkCSRF(r) {
		http.Error(w, "invalid form token", http.StatusForbidden)
		return
	}
	form, err := parseBuyForm(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	checkout, err := s.Passes.Purchase(r.Context(), sessionFrom(r).CustomerID, form)
	if errors.Is(err, service.ErrSoldOut) {
		http.Error(w, "this pass is not available for the selected dates", http.StatusConflict)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if form.ReturnTo != "" {
		// Partner hotel booking pages send guests here and want them back after payment.
		http.SetCookie(w, &http.Cookie{Name: returnToCookie, Value: form.ReturnTo, Path: "/checkout", MaxAge: 3600, HttpOnly: true, Secure: true})
	}
	http.Redirect(w, r, checkout.RedirectURL, http.StatusSeeOther)
}
