// expect: js-inner-html, ts-any
export function renderProfile(container: HTMLElement, profile: any): void {
  container.innerHTML = `<h2>${profile.displayName}</h2><p>${profile.bio}</p>`;
}
