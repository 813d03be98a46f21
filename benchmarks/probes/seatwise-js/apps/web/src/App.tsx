import { BrowserRouter, Link, Route, Routes } from 'react-router-dom';
import { EventPage } from './pages/EventPage';

function NotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <Link to="/">Back to all events</Link>
    </section>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <header className="site-header">
        <Link to="/" className="logo">
          Seatwise
        </Link>
      </header>
      <Routes>
        <Route path="/events/:eventId" element={<EventPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </BrowserRouter>
  );
}
