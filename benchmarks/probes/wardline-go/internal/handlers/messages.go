package handlers

import (
	"html"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/wardline/wardline/internal/repository"
	"github.com/wardline/wardline/internal/templates"
	"github.com/wardline/wardline/internal/util"
)

func (h *Handler) Thread(w http.ResponseWriter, r *http.Request) {
	msgs, err := h.Messages.Thread(r.Context(), claimsFrom(r).PatientID, chi.URLParam(r, "threadID"))
	if err != nil {
		util.WriteError(w, http.StatusInternalServerError, "could not load thread")
		return
	}
	util.WriteJSON(w, http.StatusOK, msgs)
}

// SearchMessages backs the inbox search box; it returns an HTML fragment
// that the portal swaps into the message list.
func (h *Handler) SearchMessages(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	pid := claimsFrom(r).PatientID
	var (
		msgs []repository.Message
		err  error
	)
	if r.URL.Query().Get("in") == "subject" {
		msgs, err = h.Messages.SearchSubject(r.Context(), pid, strings.ToLower(q))
	} else {
		msgs, err = h.Messages.SearchBody(r.Context(), pid, q)
	}
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if len(msgs) == 0 {
		w.Write([]byte("<p class=\"empty\">No messages match <b>" + html.EscapeString(q) + "</b>.</p>")) // SAFE xss
		return
	}
	var b strings.Builder
	b.WriteString("<ul class=\"results\">")
	for _, m := range msgs {
		b.WriteString("<li><a href=\"/messages/threads/" + html.EscapeString(m.ThreadID) + "\">" + html.EscapeString(m.Subject) + "</a></li>")
	}
	b.WriteString("</ul>")
	w.Write([]byte(b.String()))
}

func (h *Handler) PreviewMessage(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	draft := templates.MessageDraft{
		Subject:   r.PostFormValue("subject"),
		Body:      r.PostFormValue("body"),
		Signature: r.PostFormValue("signature"),
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := templates.RenderPreview(w, draft); err != nil {
		http.Error(w, "preview failed", http.StatusInternalServerError)
	}
}
