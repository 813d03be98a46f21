package main

import (
	"html"
	"net/http"
	"text/template"
)

var bioPage = template.Must(template.New("bio").Parse("<p>{{.}}</p>"))

func bio(w http.ResponseWriter, r *http.Request) {
	// ruleid: trace.go.xss.tainted-response
	bioPage.Execute(w, r.URL.Query().Get("bio"))
	// ok: trace.go.xss.tainted-response
	bioPage.Execute(w, html.EscapeString(r.URL.Query().Get("bio")))
	// ok: trace.go.xss.tainted-response
	bioPage.ExecuteTemplate(w, "bio", "a fixed bio")
}
