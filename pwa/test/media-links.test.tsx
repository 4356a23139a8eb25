import { fireEvent, render } from '@testing-library/react';
import { sameFile, useSignedLink } from '../src/player/media-links';

function Poster({ url }: { url: string | null }) {
  const p = useSignedLink(url);
  return p.src ? <img src={p.src} onError={p.onError} alt="" /> : <span>none</span>;
}

it('sameFile compares origin and path, not the signature', () => {
  expect(sameFile('/media/a.jpg?exp=1&sig=x', '/media/a.jpg?exp=2&sig=y')).toBe(true);
  expect(sameFile('/media/a.jpg?exp=1', '/media/b.jpg?exp=1')).toBe(false);
  expect(sameFile('https://storage.googleapis.com/b/a.jpg?X-Goog-Signature=1', 'https://other.example/b/a.jpg?X-Goog-Signature=1')).toBe(false);
  expect(sameFile(null, null)).toBe(true);
  expect(sameFile('/media/a.jpg', null)).toBe(false);
});

it('a poster keeps its shown link when re-signed, takes the fresher one when it fails, and follows another file or none', () => {
  const { container, rerender } = render(<Poster url="/media/a.jpg?exp=1&sig=one" />);
  const img = () => container.querySelector('img');
  rerender(<Poster url="/media/a.jpg?exp=2&sig=two" />);
  expect(img()!.getAttribute('src')).toBe('/media/a.jpg?exp=1&sig=one');
  fireEvent.error(img()!);
  expect(img()!.getAttribute('src')).toBe('/media/a.jpg?exp=2&sig=two');
  rerender(<Poster url="/media/b.jpg?exp=3&sig=three" />);
  expect(img()!.getAttribute('src')).toBe('/media/b.jpg?exp=3&sig=three');
  rerender(<Poster url={null} />);
  expect(img()).toBeNull();
});
