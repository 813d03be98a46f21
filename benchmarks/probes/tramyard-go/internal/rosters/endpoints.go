package rosters

import (
	"context"

	"github.com/go-kit/kit/endpoint"
)

// Endpoints collects the go-kit endpoints of the roster API.
type Endpoints struct {
	Week        endpoint.Endpoint
	Note        endpoint.Endpoint
	Preferences endpoint.Endpoint
	Template    endpoint.Endpoint
	Notice      endpoint.Endpoint
	Swap        endpoint.Endpoint
	ConfirmSwap endpoint.Endpoint
	Export      endpoint.Endpoint
	Lookup      endpoint.Endpoint
	Directory   endpoint.Endpoint
}

func ok(err error) (interface{}, error) {
	if err != nil {
		return nil, err
	}
	return OKResponse{OK: true}, nil
}

// MakeEndpoints adapts svc to go-kit endpoints.
func MakeEndpoints(svc Service) Endpoints {
	return Endpoints{
		Week: func(ctx context.Context, request interface{}) (interface{}, error) {
			html, err := svc.WeekPage(ctx, request.(WeekRequest))
			return HTMLResponse{HTML: html}, err
		},
		Note: func(ctx context.Context, request interface{}) (interface{}, error) {
			return ok(svc.UpdateNote(ctx, request.(NoteRequest)))
		},
		Preferences: func(ctx context.Context, request interface{}) (interface{}, error) {
			return ok(svc.SavePreferences(ctx, request.(PreferenceRequest)))
		},
		Template: func(ctx context.Context, request interface{}) (interface{}, error) {
			return ok(svc.SaveTemplate(ctx, request.(TemplateRequest)))
		},
		Notice: func(ctx context.Context, request interface{}) (interface{}, error) {
			return ok(svc.QueueNotice(ctx, request.(NoticeRequest)))
		},
		Swap: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.RequestSwap(ctx, request.(SwapRequestDTO))
		},
		ConfirmSwap: func(ctx context.Context, request interface{}) (interface{}, error) {
			req := request.(ConfirmSwapRequest)
			return ok(svc.ConfirmSwap(ctx, req.ID, req.Code))
		},
		Export: func(ctx context.Context, request interface{}) (interface{}, error) {
			return ok(svc.QueueExport(ctx, request.(ExportRequest)))
		},
		Lookup: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.LookupDriver(ctx, request.(DirectoryRequest).Badge)
		},
		Directory: func(ctx context.Context, request interface{}) (interface{}, error) {
			req := request.(DirectoryRequest)
			return svc.SearchDirectory(ctx, req.Depot, req.Prefix)
		},
	}
}
