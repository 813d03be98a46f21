package workorders

import (
	"context"

	"github.com/go-kit/kit/endpoint"
)

// Endpoints collects the go-kit endpoints of the work-order API.
type Endpoints struct {
	Create     endpoint.Endpoint
	Search     endpoint.Endpoint
	Status     endpoint.Endpoint
	Upload     endpoint.Endpoint
	Download   endpoint.Endpoint
	Export     endpoint.Endpoint
	Print      endpoint.Endpoint
	DetailPage endpoint.Endpoint
	BoardPage  endpoint.Endpoint
}

// MakeEndpoints adapts svc to go-kit endpoints.
func MakeEndpoints(svc Service) Endpoints {
	return Endpoints{
		Create: func(ctx context.Context, request interface{}) (interface{}, error) {
			id, err := svc.Create(ctx, request.(CreateRequest))
			if err != nil {
				return nil, err
			}
			return CreateResponse{ID: id}, nil
		},
		Search: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.Search(ctx, request.(SearchRequest))
		},
		Status: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.ChangeStatus(ctx, request.(StatusRequest))
		},
		Upload: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.Upload(ctx, request.(UploadRequest))
		},
		Download: func(ctx context.Context, request interface{}) (interface{}, error) {
			return svc.Download(ctx, request.(DownloadRequest))
		},
		Export: func(ctx context.Context, request interface{}) (interface{}, error) {
			if err := svc.RequestExport(ctx, request.(ExportRequest)); err != nil {
				return nil, err
			}
			return AcceptedResponse{Queued: true}, nil
		},
		Print: func(ctx context.Context, request interface{}) (interface{}, error) {
			if err := svc.PrintLabel(ctx, request.(PrintRequest)); err != nil {
				return nil, err
			}
			return AcceptedResponse{Queued: true}, nil
		},
		DetailPage: func(ctx context.Context, request interface{}) (interface{}, error) {
			html, err := svc.DetailPage(ctx, request.(GetRequest).ID)
			if err != nil {
				return nil, err
			}
			return PageResponse{HTML: html}, nil
		},
		BoardPage: func(ctx context.Context, request interface{}) (interface{}, error) {
			html, err := svc.BoardPage(ctx, request.(SearchRequest))
			if err != nil {
				return nil, err
			}
			return PageResponse{HTML: html}, nil
		},
	}
}
