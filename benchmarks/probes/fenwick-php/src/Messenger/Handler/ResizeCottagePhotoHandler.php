<?php

declare(strict_types=1);

namespace Fenwick\Messenger\Handler;

use Fenwick\Infrastructure\Media\ImageProcessor;
use Fenwick\Messenger\Message\ResizeCottagePhoto;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\Exception\UnrecoverableMessageHandlingException;

#[AsMessageHandler]
final class ResizeCottagePhotoHandler
{
    private const THUMB_SIZE = '/^\d{2,4}x\d{2,4}$/';

    public function __construct(
        private readonly ImageProcessor $images,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(ResizeCottagePhoto $message): void
    {
        if (!$this->images->isManagedPhoto($message->originalPath)) {
            throw new UnrecoverableMessageHandlingException('Photo is outside the managed photo store');
        }
        if (preg_match(self::THUMB_SIZE, $message->thumbnailSize) !== 1) {
            throw new UnrecoverableMessageHandlingException('Bad thumbnail size');
        }

        $web = $this->images->derivativePath($message->originalPath, 'web');
        $thumb = $this->images->derivativePath($message->originalPath, 'thumbs');

        $this->images->resize($message->originalPath, $message->geometry, $web);
        $this->images->thumbnail($message->originalPath, $thumb, $message->thumbnailSize);

        $this->logger->info('Cottage photo processed', ['cottage' => $message->cottageId, 'web' => $web, 'thumb' => $thumb]);
    }
}
