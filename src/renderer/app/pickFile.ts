/**
 * The page's own file picker, for the browser host, which has no native open
 * dialog: a hidden file input; the chosen file is read and sent to the host as
 * base64 (openUpload). Resolves null when the user cancels.
 */
export function pickFile(accept: string): Promise<{ name: string; dataBase64: string } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => {
        const url = String(reader.result);
        resolve({ name: file.name, dataBase64: url.slice(url.indexOf(',') + 1) });
      };
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(file);
    });
    document.body.append(input);
    input.click();
  });
}
