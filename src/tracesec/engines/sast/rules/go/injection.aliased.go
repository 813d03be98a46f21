package main

import (
	"encoding/json"
	"net/http"
	"os"
	texttemplate "text/template"
)

var payloadFuncs = texttemplate.FuncMap{"env": os.Getenv}

// a body template parsed with functions set on the way, the package under another name
func previewPayload(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Template string `json:"template"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	// ruleid: trace.go.template-injection.tainted-template
	tmpl, err := texttemplate.New("payload").Funcs(payloadFuncs).Parse(req.Template)
	if err != nil {
		http.Error(w, "bad template", http.StatusBadRequest)
		return
	}
	// ok: trace.go.template-injection.tainted-template
	fixed := texttemplate.Must(texttemplate.New("fixed").Funcs(payloadFuncs).Parse("{{.}}"))
	_ = tmpl.Execute(w, nil)
	// text/template escapes nothing: the value is written into the page as it is
	// ruleid: trace.go.xss.tainted-response
	_ = fixed.Execute(w, req.Template)
}
