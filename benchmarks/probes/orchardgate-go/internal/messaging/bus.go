package messaging

import (
	"context"
	"encoding/json"

	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/ThreeDotsLabs/watermill/pubsub/gochannel"
)

// Topics used between the API and the background workers.
const (
	TopicDeliveryGraded = "orchardgate.delivery.graded"
	TopicLabels         = "orchardgate.labels.print"
	TopicPickupStatus   = "orchardgate.pickups.status"
	TopicManifests      = "orchardgate.imports.manifest"
	TopicScaleBundles   = "orchardgate.imports.scale"
)

// Bus wraps the Watermill publisher and subscriber pair. In the shed
// deployment this is an in-process GoChannel; the central office swaps in AMQP.
type Bus struct {
	Logger     watermill.LoggerAdapter
	Publisher  message.Publisher
	Subscriber message.Subscriber
}

func NewInProcessBus() *Bus {
	logger := watermill.NewStdLogger(false, false)
	ch := gochannel.NewGoChannel(gochannel.Config{OutputChannelBuffer: 256, Persistent: true}, logger)
	return &Bus{Logger: logger, Publisher: ch, Subscriber: ch}
}

// PublishJSON marshals v and publishes it on topic.
func (b *Bus) PublishJSON(ctx context.Context, topic string, v any) error {
	payload, err := json.Marshal(v)
	if err != nil {
		return err
	}
	msg := message.NewMessage(watermill.NewUUID(), payload)
	msg.SetContext(ctx)
	return b.Publisher.Publish(topic, msg)
}

// Decode unmarshals a message payload into v.
func Decode(msg *message.Message, v any) error {
	return json.Unmarshal(msg.Payload, v)
}
